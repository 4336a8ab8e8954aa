package io.callrec.media.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void wildflyThreadNamesFallIntoTheirKinds() {
        assertThat(ThreadCpu.kind("Thread-12 (acti")).isEqualTo("JMS client (conversions)");
        assertThat(ThreadCpu.kind("default task-3")).isEqualTo("HTTP requests");
        assertThat(ThreadCpu.kind("default I/O-1")).isEqualTo("HTTP I/O");
        assertThat(ThreadCpu.kind("C2 CompilerThre")).isEqualTo("JIT compiler");
        assertThat(ThreadCpu.kind("G1 Conc#0")).isEqualTo("garbage collector");
        assertThat(ThreadCpu.kind("GC Thread#1")).isEqualTo("garbage collector");
        assertThat(ThreadCpu.kind("Signal Dispatch")).isEqualTo("other");
    }

    @Test
    void cpuOfAThreadIsCountedUnderItsKind() throws Exception {
        assumeTrue(ThreadCpu.available(), "Linux /proc is needed");
        ThreadCpu cpu = new ThreadCpu(ProcessHandle.current().pid());
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            spinFor300MillisOfCpu();
            spun.countDown();
            awaitQuietly(read); // a thread that has ended is gone from /proc: read while it lives
        }, "default task-9");
        worker.start();
        spun.await();
        double seconds = cpu.sinceStart().getOrDefault("HTTP requests", 0.0);
        read.countDown();
        worker.join();
        // The kernel counts in ticks of 10 ms: 300 ms of CPU shows as at least 0.2 s, whatever the load.
        assertThat(seconds).isGreaterThanOrEqualTo(0.2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void spinFor300MillisOfCpu() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();
        long x = 0;
        while (bean.getCurrentThreadCpuTime() - start < 300_000_000L) {
            x += System.nanoTime() % 7;
        }
        if (x == 42) {
            System.out.println(x);
        }
    }
}
