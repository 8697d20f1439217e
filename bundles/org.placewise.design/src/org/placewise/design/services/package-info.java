/**
 * The Java services the Sirius viewpoint specification ({@code description/placewise.odesign}) calls: labels, finding
 * marks and lookups, in plain Java with no Sirius dependency, so the same code serves Sirius editors, the generated
 * diagrams and the tests.
 */
package org.placewise.design.services;
