/** Time as an injectable dependency. */
package io.callrec.infrastructure.time;
