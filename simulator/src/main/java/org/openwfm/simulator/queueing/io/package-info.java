/** Readers of the staffing inputs (the forecast CSV) from streams the caller opens. */
package org.openwfm.simulator.queueing.io;
