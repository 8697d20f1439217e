/**
 * Organisations (councils, NHS trusts, the integrated care board, primary care networks, the voluntary sector), the
 * people who work in them and the formal roles they hold.
 * <p>
 * The interfaces, factory and package are generated from {@code model/organisation.ecore} into {@code src-gen/}
 * (CDO-native); this description lives in {@code src/} because generated code is never edited by hand.
 */
package org.placewise.model.organisation;
