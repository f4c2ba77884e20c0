/** Backing beans of the JSF portal: they call application services and never touch repositories. */
package org.openwfm.web.interfaces.faces;
