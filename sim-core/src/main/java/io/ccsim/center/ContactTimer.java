package io.ccsim.center;

import io.ccsim.engine.Event;

/** A deadline of a waiting contact besides its patience: overflow to backup groups, or a customer chasing. */
final class ContactTimer extends Event {
  enum Kind { OVERFLOW, UNANSWERED }

  private final ContactCenter center;
  final Contact contact;
  final Kind kind;

  ContactTimer(ContactCenter center, Contact contact, Kind kind) {
    this.center = center;
    this.contact = contact;
    this.kind = kind;
  }

  @Override
  protected void fire() {
    if (contact.state == Contact.State.WAITING) {
      center.timerFired(this);
    }
  }
}
