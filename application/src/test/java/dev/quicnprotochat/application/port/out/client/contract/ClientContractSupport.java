package dev.quicnprotochat.application.port.out.client.contract;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/// Small helpers shared by the client-state contract tests.
final class ClientContractSupport {

  private ClientContractSupport() {}

  /// The future's value, rethrowing a failure of the task as an unchecked error so the test fails with its cause.
  static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a concurrent call failed", e.getCause());
    }
  }
}
