/** Sites (time zone, office seats), teams and contracts: the organisation agents belong to. */
package org.openwfm.web.domain.model.organisation;
