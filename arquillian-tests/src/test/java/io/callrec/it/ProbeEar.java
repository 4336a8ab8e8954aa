package io.callrec.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR as built, plus test modules (probe EJBs and servlets) declared in its application.xml. */
final class ProbeEar {

    private ProbeEar() {
    }

    /** {@code modulesXml}: the {@code <module>} elements that declare {@code modules}. */
    static EnterpriseArchive with(String modulesXml, Archive<?>... modules) throws IOException {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("callrec.ear.file")));
        for (Archive<?> module : modules) {
            ear.addAsModule(module);
        }
        String application;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            application = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ear.setApplicationXML(new StringAsset(application.replace("<library-directory>", modulesXml + "<library-directory>")));
        return ear;
    }
}
