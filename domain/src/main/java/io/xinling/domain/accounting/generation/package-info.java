/**
 * Voucher generation from business documents (spec 3.4, 4.1): templates as versioned data and the pure
 * evaluation of a template over stored amounts. Amounts are never recomputed here, only placed.
 */
package io.xinling.domain.accounting.generation;
