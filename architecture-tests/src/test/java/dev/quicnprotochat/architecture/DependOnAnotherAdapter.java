package dev.quicnprotochat.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/// Holds when a class depends on a class of a different adapter than its own; used with `noClasses()`.
final class DependOnAnotherAdapter extends ArchCondition<JavaClass> {

  private final List<PackageMatcher> adapters;

  DependOnAnotherAdapter(String... adapterPackages) {
    super("depend on another adapter");
    this.adapters = java.util.Arrays.stream(adapterPackages).map(PackageMatcher::of).toList();
  }

  private int adapterOf(JavaClass javaClass) {
    for (int i = 0; i < adapters.size(); i++) {
      if (adapters.get(i).matches(javaClass.getPackageName())) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void check(JavaClass item, ConditionEvents events) {
    int own = adapterOf(item);
    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
      int target = adapterOf(dependency.getTargetClass());
      if (target >= 0 && target != own) {
        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
      }
    }
  }

}
