/**
 * Money moving between partners: agreements, section 75 pooled budgets with their contributions and risk shares, and
 * investment and benefit-share flows.
 * <p>
 * The interfaces, factory and package are generated from {@code model/finance.ecore} into {@code src-gen/}
 * (CDO-native); this description lives in {@code src/} because generated code is never edited by hand.
 */
package org.placewise.model.finance;
