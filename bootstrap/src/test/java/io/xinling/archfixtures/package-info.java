/**
 * Deliberately violating classes, one small package per architecture rule, so that a test can prove
 * each rule reports what it should. Never imported by the production architecture checks: they live
 * outside {@code io.xinling.domain..} and friends, and only in test classes.
 */
package io.xinling.archfixtures;
