/**
 * The other side's formal answers (docs/0033): the register of notes verbales, numbered per year, with their files
 * and the meetings they concern; its ui records each counterpart's confirmation on the meeting page.
 */
@NullMarked
package org.parley.counterpart;

import org.jspecify.annotations.NullMarked;
