/** Runnable benchmarks of the queueing models and staffing (results in docs/benchmarks.md). */
package org.openwfm.simulator.queueing.bench;
