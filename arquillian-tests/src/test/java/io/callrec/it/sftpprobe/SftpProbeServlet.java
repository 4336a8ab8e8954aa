package io.callrec.it.sftpprobe;

import io.callrec.sftp.SftpEndpoint;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * POST /sftp-probe/export?dir=&name=[&host=&port=&user=&password=&privateKey=&hostKey=&connectMs=&operationMs=];
 * the body is the file.
 */
@WebServlet("/export")
public class SftpProbeServlet extends HttpServlet {

    @EJB
    private SftpProbe probe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] content = request.getInputStream().readAllBytes();
        SftpEndpoint endpoint = request.getParameter("host") == null ? null
                : new SftpEndpoint(request.getParameter("host"), Integer.parseInt(request.getParameter("port")),
                        request.getParameter("user"), request.getParameter("password"),
                        request.getParameter("privateKey"), null, request.getParameter("hostKey"),
                        Duration.ofMillis(Long.parseLong(request.getParameter("connectMs"))),
                        Duration.ofMillis(Long.parseLong(request.getParameter("operationMs"))));
        String result = probe.export(endpoint, request.getParameter("dir"), request.getParameter("name"), content);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(result);
    }
}
