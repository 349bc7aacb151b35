Feature: Sign in through the Cucumber runner

  Scenario: Rejects a short password
    Given I open sign-in.html
    When I type "ada@example.com" into the Email address field
    And I type "abc" into the Password field
    And I click Sign in
    Then the page shows "Invalid email or password."
