package dev.quicnprotochat.adapter.cli.repl;

import dev.quicnprotochat.adapter.cli.command.Boundary;
import dev.quicnprotochat.adapter.cli.display.StatusLines;
import dev.quicnprotochat.adapter.cli.session.ClientSession;
import dev.quicnprotochat.adapter.cli.session.MessageActions;
import dev.quicnprotochat.application.port.in.client.InboxWatchListener;
import dev.quicnprotochat.application.port.in.client.ProcessInboxResult;
import dev.quicnprotochat.application.port.in.client.WatchStatus;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/// Prints what the inbox watch reports. The watch calls back on the profile's worker thread, which must return
/// quickly and which the lookups for printing (titles, member names: use cases themselves) would deadlock, so each
/// report is handed to one printer thread that prints them in order.
public final class InboxPrinter implements InboxWatchListener, AutoCloseable {
  private static final Duration DRAIN_ON_CLOSE = Duration.ofSeconds(10);

  private final ClientSession session;
  private final MessageActions messages;
  private final Consumer<ProcessInboxResult.Processed> afterPrint;
  private final ExecutorService printer = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "inbox-printer");
    thread.setDaemon(true);
    return thread;
  });
  private final CountDownLatch stopped = new CountDownLatch(1);

  /// `afterPrint` sees each drain after its lines were printed (on the printer thread).
  public InboxPrinter(ClientSession session, Consumer<ProcessInboxResult.Processed> afterPrint) {
    this.session = session;
    this.messages = new MessageActions(session);
    this.afterPrint = afterPrint;
  }

  @Override
  public void processed(ProcessInboxResult.Processed result) {
    submit(() -> {
      messages.print(result);
      afterPrint.accept(result);
    });
  }

  @Override
  public void statusChanged(WatchStatus status) {
    submit(() -> StatusLines.of(status).ifPresent(session.display()::line));
    if (status instanceof WatchStatus.Stopped || status instanceof WatchStatus.Closed) {
      stopped.countDown();
    }
  }

  /// Waits until the watch stopped by itself or `timeout` passed; true when it stopped.
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void submit(Runnable print) {
    try {
      printer.execute(() -> {
        try {
          print.run();
        } catch (RuntimeException e) {
          Boundary.describe(e).ifPresent(session.display()::error);
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      // a report after close: the user has left, nothing to print it on
    }
  }

  /// Prints what is still queued, then stops the printer thread. Close the watch first.
  @Override
  public void close() {
    printer.shutdown();
    try {
      if (!printer.awaitTermination(DRAIN_ON_CLOSE.toMillis(), TimeUnit.MILLISECONDS)) {
        printer.shutdownNow();
      }
    } catch (InterruptedException e) {
      printer.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
