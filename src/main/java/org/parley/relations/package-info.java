/**
 * The relationship with each country: the open questions between us (their positions, owner, status, the agenda
 * items where they were raised and a timeline that decisions move), read together on the country page.
 */
@NullMarked
package org.parley.relations;

import org.jspecify.annotations.NullMarked;
