/**
 * Opening and saving model files safely: loading with clear, located errors for bad or hostile files, and atomic saves
 * (write a temporary file, sync, rename) that keep a backup and never leave a half-written model.
 */
package org.placewise.store;
