/** Test doubles for code built on the tools: a scripted device, a scripted grounded model, a fake clock. */
package dev.seepoint.tools.testing;
