package io.ccsim.center;

/** A first-in-first-out queue of waiting contacts, linked through the contacts themselves. */
public final class ContactQueue {
  private Contact head;
  private Contact tail;
  private int size;

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The contact that has waited longest, or null. */
  public Contact peek() {
    return head;
  }

  /** The contact that has waited next longest after {@code contact} (which must be waiting here), or null. */
  public Contact after(Contact contact) {
    return contact.next;
  }

  void addLast(Contact contact) {
    contact.previous = tail;
    contact.next = null;
    if (tail == null) {
      head = contact;
    } else {
      tail.next = contact;
    }
    tail = contact;
    size++;
  }

  void remove(Contact contact) {
    if (contact.previous == null) {
      head = contact.next;
    } else {
      contact.previous.next = contact.next;
    }
    if (contact.next == null) {
      tail = contact.previous;
    } else {
      contact.next.previous = contact.previous;
    }
    contact.previous = null;
    contact.next = null;
    size--;
  }
}
