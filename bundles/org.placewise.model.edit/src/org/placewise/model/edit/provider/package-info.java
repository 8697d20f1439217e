/**
 * The generated plug-in class of the Placewise edit bundle: the resource locator through which item providers find
 * their display text ({@code plugin.properties}) and icons.
 */
package org.placewise.model.edit.provider;
