/** Architecture rules for the EJB module: the layers and which of them may call which. */
package io.callrec.architecture;
