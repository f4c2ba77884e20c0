/**
 * The OptaPlanner model of the Curtois &amp; Qu benchmark: one planning entity per employee and day
 * whose variable is the shift type worked or none (a day off), its constraints, moves and solver.
 */
package org.openwfm.scheduling.curtois.solver;
