package io.callrec.interfaces.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The console's xDR panel, {@code /console/xdrs.xhtml}. Roles: <b>admin</b> only (web.xml's
 * constraint on {@code /console/*}; {@code XdrCatalog} shows an admin every xDR and recording, including
 * those kept "to myself only", whose plays the access log records). Search by customer, account,
 * number, date range and the recording's state; each recorded call plays in the page and links to its
 * details ({@link RecordingPage}).
 */
@Named("xdrPanel")
@ViewScoped
public class XdrPanelPage extends CallListing {

    private static final long serialVersionUID = 1L;
}
