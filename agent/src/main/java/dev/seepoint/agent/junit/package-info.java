/** JUnit 5 support: {@code @SeepointTest} starts a browser and injects an Agent, Device or WebDriver. */
package dev.seepoint.agent.junit;
