/** Conformance against real captures from the shared corpus (skipped when the corpus is absent). */
package io.callrec.media.conformance;
