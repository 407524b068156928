/// The MLS group engine (RFC 9420 §§10–14): one [dev.quicnprotochat.mls.group.MlsGroup] per conversation.
///
/// The facade hides the RFC machinery of the sibling packages: key packages ([KeyPackageBundle]), creating and
/// joining groups (Welcome, external commit), proposals, commits, application messages, exporters and a byte-exact
/// serialised state. Processing is all-or-nothing: a rejected message leaves the group exactly as it was.
/// docs/mls.md is the guide.
package dev.quicnprotochat.mls.group;
