/** The database Parley runs on: commits that survive a crash (docs/0012) and backups of the embedded database. */
@NullMarked
package org.parley.database;

import org.jspecify.annotations.NullMarked;
