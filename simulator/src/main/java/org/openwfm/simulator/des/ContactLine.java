package org.openwfm.simulator.des;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A first-in first-out line of contacts with lazy removal: contacts that left (served elsewhere or
 * abandoned) stay in the ring until they reach the head, where {@link #peekWaiting()} drops them.
 */
final class ContactLine {
  private final boolean personal;
  private Contact[] ring = new Contact[16];
  private int head;
  private int size;

  /**
   * @param personal whether this is an agent's personal line (last-agent affinity) rather than a
   *     queue
   */
  ContactLine(boolean personal) {
    this.personal = personal;
  }

  void add(Contact contact) {
    if (size == ring.length) {
      Contact[] bigger = new Contact[ring.length * 2];
      for (int i = 0; i < size; i++) {
        bigger[i] = ring[(head + i) & (ring.length - 1)];
      }
      ring = bigger;
      head = 0;
    }
    ring[(head + size) & (ring.length - 1)] = contact;
    size++;
  }

  /** The oldest contact still waiting in this line, or null. */
  Contact peekWaiting() {
    while (size > 0) {
      Contact first = ring[head];
      if (first.state == Contact.WAITING && first.inPersonalLine == personal) {
        return first;
      }
      ring[head] = null;
      head = (head + 1) & (ring.length - 1);
      size--;
    }
    return null;
  }

  void clear() {
    Arrays.fill(ring, null);
    head = 0;
    size = 0;
  }

  /** Calls the action for every contact still waiting in this line, oldest first. */
  void forEachWaiting(Consumer<Contact> action) {
    for (int i = 0; i < size; i++) {
      Contact contact = ring[(head + i) & (ring.length - 1)];
      if (contact.state == Contact.WAITING && contact.inPersonalLine == personal) {
        action.accept(contact);
      }
    }
  }
}
