/** A seeded generator of the demo contact-centre problem shipped in docs/problems/. */
package org.openwfm.scheduling.demo;
