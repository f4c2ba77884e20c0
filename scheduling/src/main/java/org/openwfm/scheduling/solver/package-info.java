/** The constraints, score explanation and solver set-up of the contact-centre schedule. */
package org.openwfm.scheduling.solver;
