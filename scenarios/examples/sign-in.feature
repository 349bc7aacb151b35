# The sign-in page in Gherkin: Given/When steps are instructions, Then steps are checks.
@serve:../../test-pages/pages @url:sign-in.html
Feature: Sign in (Gherkin)

  Scenario: Signs in and out
    When I type "grace@example.com" into the Email address field
    And I type "hopper-1906" into the Password field
    And I click the Sign in button
    Then the page shows "Welcome, grace@example.com"
    When I click Sign out
    Then the page shows "Welcome back"
