/** Runnable benchmarks of the simulator (main classes; commands in docs/benchmarks.md). */
package org.openwfm.simulator.des.bench;
