/** The ways into the application: the JSF portal ({@code faces}) and the REST API ({@code rest}). */
package org.openwfm.web.interfaces;
