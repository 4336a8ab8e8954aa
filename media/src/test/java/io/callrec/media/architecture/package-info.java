/** Architecture rules for the media module. */
package io.callrec.media.architecture;
