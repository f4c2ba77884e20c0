package org.openwfm.web.interfaces.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {

  public record Queue(String code, int threshold) {}

  private final RecordElResolver resolver = new RecordElResolver();

  @Test
  void readsRecordComponentsAsProperties() {
    ELContext context = new TestContext();
    assertEquals("voice-et", resolver.getValue(context, new Queue("voice-et", 20), "code"));
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void leavesOtherObjectsAndUnknownNamesToOtherResolvers() {
    ELContext context = new TestContext();
    assertNull(resolver.getValue(context, "not a record", "code"));
    assertNull(resolver.getValue(context, new Queue("voice-et", 20), "missing"));
    assertFalse(context.isPropertyResolved());
  }

  @Test
  void recordsAreReadOnly() {
    ELContext context = new TestContext();
    assertThrows(PropertyNotWritableException.class,
        () -> resolver.setValue(context, new Queue("voice-et", 20), "code", "x"));
  }

  /** A bare EL context: only the resolved flag is used by these tests. */
  private static final class TestContext extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
