/**
 * A servlet added to the EAR by {@code DuplicateDeliveryIT}: it puts extra conversion requests on the
 * application's queue, as a broker redelivers one after a crash or a consumer it took for dead.
 */
package io.callrec.it.conversionprobe;
