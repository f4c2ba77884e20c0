package org.openwfm.it.support;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The application as users get it: the EAR built by this module, deployed unchanged. */
public final class WfmDeployment {

  private WfmDeployment() {}

  /** The EAR from {@code target/}, named so that Liberty deploys it as application {@code wfm}. */
  public static EnterpriseArchive ear() {
    File ear = new File(System.getProperty("wfm.ear", "target/wfm.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /** The portal's base address (the context root is {@code /}). */
  public static URI baseUri() {
    return URI.create(System.getProperty("wfm.baseUrl", "http://localhost:9080/"));
  }

  /** Which database the server under test uses: {@code mysql} or {@code h2}. */
  public static String database() {
    return System.getProperty("wfm.it.database", "mysql");
  }
}
