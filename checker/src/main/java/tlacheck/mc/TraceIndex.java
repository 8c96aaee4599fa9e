package tlacheck.mc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * For every distinct state, in discovery order: its fingerprint and the index of the state it was
 * first reached from (-1 for initial states). A trace is the chain of parents, rebuilt into states
 * by replay.
 *
 * <p>Design. The records (12 bytes each) are needed only to print a counterexample, so, as in
 * TLC, they live in a temporary file and cost no heap: the newest {@value #BLOCK} records are
 * kept in memory and written out a block at a time; reading an older record is one positional
 * read. Runs under {@value #BLOCK} states never create the file. Only the coordinating thread
 * uses this class.
 */
final class TraceIndex implements AutoCloseable {
  static final int BLOCK = 1 << 16;
  private static final int RECORD = 12;

  private final ByteBuffer buffer = ByteBuffer.allocate(BLOCK * RECORD);
  private final ByteBuffer one = ByteBuffer.allocate(RECORD);
  private FileChannel file;
  private long flushed;
  private int buffered;

  /** Records a state and returns its index. */
  int add(long fingerprint, int parent) {
    long index = flushed + buffered;
    if (index >= Integer.MAX_VALUE) {
      throw new StateSpaceTooLarge("more than " + Integer.MAX_VALUE + " distinct states");
    }
    if (buffered == BLOCK) {
      flush();
    }
    buffer.putLong(buffered * RECORD, fingerprint);
    buffer.putInt(buffered * RECORD + 8, parent);
    buffered++;
    return (int) index;
  }

  long size() {
    return flushed + buffered;
  }

  private void flush() {
    try {
      if (file == null) {
        Path path = Files.createTempFile("tlacheck-trace", ".bin");
        file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE);
        path.toFile().deleteOnExit();
      }
      buffer.clear();
      buffer.limit(buffered * RECORD);
      long position = flushed * RECORD;
      while (buffer.hasRemaining()) {
        position += file.write(buffer, position);
      }
      buffer.clear();
      flushed += buffered;
      buffered = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the trace file: " + e.getMessage(), e);
    }
  }

  private long fingerprint(int index) {
    if (index >= flushed) {
      return buffer.getLong((int) (index - flushed) * RECORD);
    }
    return read(index).getLong(0);
  }

  private int parent(int index) {
    if (index >= flushed) {
      return buffer.getInt((int) (index - flushed) * RECORD + 8);
    }
    return read(index).getInt(8);
  }

  private ByteBuffer read(int index) {
    try {
      one.clear();
      long position = (long) index * RECORD;
      while (one.hasRemaining()) {
        int n = file.read(one, position + one.position());
        if (n < 0) {
          throw new IOException("unexpected end of the trace file");
        }
      }
      return one;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the trace file: " + e.getMessage(), e);
    }
  }

  /** The fingerprints from an initial state to the given state. */
  long[] pathTo(int index) {
    int length = 0;
    for (int i = index; i >= 0; i = parent(i)) {
      length++;
    }
    long[] path = new long[length];
    for (int i = index, k = length - 1; i >= 0; i = parent(i), k--) {
      path[k] = fingerprint(i);
    }
    return path;
  }

  @Override
  public void close() {
    if (file != null) {
      try {
        file.close();
      } catch (IOException e) {
        // The file is deleted on exit in any case.
      }
      file = null;
    }
  }

  /** The run needs more memory or indexes than there are. */
  static final class StateSpaceTooLarge extends RuntimeException {
    StateSpaceTooLarge(String message) {
      super(message, null, false, false);
    }
  }
}
