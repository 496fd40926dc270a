/**
 * Small value types used by every feature (classification, country, time labels, file sizes), exceptions and the
 * application clock; shared.ui holds the main layout and small components. Every module may use all of it (an open
 * module), and it depends on no other module.
 */
@NullMarked
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.parley.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
