package io.callrec.it.conversionprobe;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * POST /conversion-probe/requests?recording=ID&amp;copies=N: sends N conversion requests for the
 * recording, exactly as the application sends one (a text message holding the id), at once.
 */
@WebServlet("/requests")
public class ConversionRequestProbe extends HttpServlet {

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/CallrecConversion")
    Queue queue;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = Long.toString(Long.parseLong(request.getParameter("recording")));
        int copies = Integer.parseInt(request.getParameter("copies"));
        for (int i = 0; i < copies; i++) {
            jms.createProducer().send(queue, id);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("sent " + copies);
    }
}
