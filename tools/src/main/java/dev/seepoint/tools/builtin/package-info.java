/** The built-in tools: look (screenshot, locate, crop, ocr, read, check) and act (click, type, press, scroll...). */
package dev.seepoint.tools.builtin;
