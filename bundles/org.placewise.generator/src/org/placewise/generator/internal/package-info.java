/**
 * Internal: the parts of the generator, one per part of the model (footprints and organisations, governance and
 * delegations, money, outcomes and programmes, measures and observations, and the integrated care systems that call
 * them in order), the name book and the programme templates they draw from. Not API.
 */
package org.placewise.generator.internal;
