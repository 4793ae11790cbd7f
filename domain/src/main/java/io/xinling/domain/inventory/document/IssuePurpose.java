package io.xinling.domain.inventory.document;

/** Why goods go out at cost; these are the only issues that may drive stock below zero (spec 2.6). */
public enum IssuePurpose { SALE, POS_SALE, OTHER }
