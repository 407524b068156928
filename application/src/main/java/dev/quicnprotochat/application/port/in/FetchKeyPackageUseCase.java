package dev.quicnprotochat.application.port.in;

/// Takes one key package of another identity, to add it to a group; each is handed out once.
@FunctionalInterface
public interface FetchKeyPackageUseCase {

  FetchKeyPackageResult fetchKeyPackage(FetchKeyPackageCommand command);
}
