/** Widget perception: controls (fields, buttons, checkboxes, toggles, icons...) found from pixels alone. */
package dev.seepoint.perception.widget;
