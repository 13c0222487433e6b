package org.govsite.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The module boundaries of GovSite (模块边界, issue 13), checked on the compiled classes of every
 * module. The rules live in cli's tests because cli's test class path is the one that holds all
 * GovSite modules: the six libraries (govsite-testing included), the examples portal and the Spring Boot starter.
 */
@AnalyzeClasses(packages = "org.govsite",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

  /** Test jars (core's shared test helpers) come as jars, which DoNotIncludeTests does not recognise. */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  /**
   * Engines that still write HTML: none since issue 16 (a neutral search seam), where backends
   * return highlights as text and offsets and SiteSearch writes the HTML
   * (org.govsite.search.internal.render.HighlightHtml).
   */
  static final Set<String> HIGHLIGHTS_BUILT_IN_THE_ENGINE = Set.of();

  /**
   * Not rendering: these encode a value as JSON for their own storage (a database column, a
   * stored index field) and read it back themselves; no caller sees the JSON.
   */
  static final Set<String> STORAGE_ENCODINGS = Set.of(
      "org.govsite.interaction.LetterRows",
      "org.govsite.search.LuceneDocuments");

  private static final Pattern INTERNAL = Pattern.compile("org\\.govsite\\.(\\w+)\\.internal(\\..*)?");
  private static final Pattern MODULE = Pattern.compile("org\\.govsite\\.(\\w+)(\\..*)?");

  @ArchTest
  static final ArchRule internalPackagesAreUsedOnlyInsideTheirModule = classes()
      .should(new ArchCondition<JavaClass>(
          "use no other module's internal packages (org.govsite.X.internal.. only from org.govsite.X..)") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          for (Dependency d : c.getDirectDependenciesFromSelf()) {
            Matcher m = INTERNAL.matcher(d.getTargetClass().getPackageName());
            if (m.matches() && !m.group(1).equals(module(c))) {
              events.add(SimpleConditionEvent.violated(d, d.getDescription()));
            }
          }
        }
      });

  @ArchTest
  static final ArchRule coreDependsOnNoOtherGovSiteModule = classes()
      .that().resideInAPackage("org.govsite.core..")
      .should().onlyDependOnClassesThat(resideInAPackage("org.govsite.core..").or(resideOutsideOfPackage("org.govsite..")));

  @ArchTest
  static final ArchRule noPackageCycles = slices()
      .matching("org.govsite.(**)").namingSlices("package org.govsite.$1")
      .should().beFreeOfCycles();

  /**
   * Engines return data; views render it. Outside renderers ({@code ..render..}), the shared web
   * and JSON infrastructure ({@code ..web..}, {@code org.govsite.core.json..}) and the two
   * applications (cli, examples), no class writes JSON with Jackson (a JsonGenerator, an
   * ObjectWriter, ObjectMapper's write and writer methods, valueToTree, or building an
   * ObjectNode/ArrayNode) or escapes HTML or XML with commons-text.
   */
  @ArchTest
  static final ArchRule enginesDoNotRenderHtmlOrJson = noClasses()
      .that().resideOutsideOfPackages("..render..", "..web..", "org.govsite.core.json..", "org.govsite.cli..",
          "org.govsite.examples..")
      .and(describe("are not listed in HIGHLIGHTS_BUILT_IN_THE_ENGINE or STORAGE_ENCODINGS",
          (JavaClass c) -> !HIGHLIGHTS_BUILT_IN_THE_ENGINE.contains(topLevel(c)) && !STORAGE_ENCODINGS.contains(topLevel(c))))
      .should().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.core.JsonGenerator")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.ObjectWriter")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.SequenceWriter")
      .orShould().callMethodWhere(describe("the call writes JSON or escapes HTML", ArchitectureTest::writes));

  @ArchTest
  static final ArchRule publicSignaturesExposeNoInternalType = classes()
      .that(describe("are API (public, outside internal and support packages)", ArchitectureTest::isApi))
      .should(new ArchCondition<JavaClass>("expose no internal or core.support type in a public or protected signature") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          List<JavaType> types = new ArrayList<>();
          c.getSuperclass().ifPresent(types::add);
          types.addAll(c.getInterfaces());
          for (JavaType t : types) {
            for (JavaClass raw : t.getAllInvolvedRawTypes()) {
              if (notApi(raw)) {
                events.add(SimpleConditionEvent.violated(c, c.getName() + " extends or implements " + raw.getName()));
              }
            }
          }
          for (JavaMember m : c.getMembers()) {
            if (!m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
              continue;
            }
            List<JavaType> signature = new ArrayList<>();
            if (m instanceof JavaField f) {
              signature.add(f.getType());
            } else if (m instanceof JavaCodeUnit u) {
              signature.add(u.getReturnType());
              signature.addAll(u.getParameterTypes());
              signature.addAll(u.getExceptionTypes());
            }
            for (JavaType t : signature) {
              for (JavaClass raw : t.getAllInvolvedRawTypes()) {
                if (notApi(raw)) {
                  events.add(SimpleConditionEvent.violated(m, m.getFullName() + " mentions " + raw.getName()));
                }
              }
            }
          }
        }
      });

  /** Issue 13: every public type says how far a user may rely on it (apiguardian). */
  @ArchTest
  static final ArchRule everyPublicTypeHasAStabilityMark = classes()
      .that(describe("are public (with their enclosing classes)", ArchitectureTest::isEffectivelyPublic))
      .should().beAnnotatedWith(API.class);

  @ArchTest
  static final ArchRule internalAndSupportTypesAreMarkedInternal = classes()
      .that(describe("are public (with their enclosing classes)", ArchitectureTest::isEffectivelyPublic))
      .and().resideInAnyPackage("..internal..", "org.govsite.core.support..")
      .should(new ArchCondition<JavaClass>("be marked @API(status = INTERNAL)") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          boolean internal = c.tryGetAnnotationOfType(API.class).map(a -> a.status() == API.Status.INTERNAL).orElse(false);
          if (!internal) {
            events.add(SimpleConditionEvent.violated(c, c.getName() + " is not marked @API(status = INTERNAL)"));
          }
        }
      });

  private static final Set<String> JSON_WRITING_OBJECT_MAPPER_METHODS = Set.of("writeValue", "writeValueAsString",
      "writeValueAsBytes", "writer", "writerFor", "writerWithDefaultPrettyPrinter", "writerWithView", "valueToTree",
      "createObjectNode", "createArrayNode");
  private static final Set<String> HTML_ESCAPES = Set.of("escapeHtml3", "escapeHtml4", "escapeXml10", "escapeXml11");

  private static boolean writes(JavaMethodCall call) {
    AccessTarget.MethodCallTarget t = call.getTarget();
    String owner = t.getOwner().getName();
    String name = t.getName();
    return owner.equals("com.fasterxml.jackson.databind.ObjectMapper") && JSON_WRITING_OBJECT_MAPPER_METHODS.contains(name)
        || (owner.equals("com.fasterxml.jackson.databind.node.ObjectNode")
            || owner.equals("com.fasterxml.jackson.databind.node.ArrayNode")) && (name.startsWith("put") || name.startsWith("add")
            || name.equals("set") || name.equals("setAll"))
        || owner.equals("org.apache.commons.text.StringEscapeUtils") && HTML_ESCAPES.contains(name);
  }

  /** Public, its enclosing classes public, and in a package that module-info exports to users. */
  private static boolean isApi(JavaClass c) {
    return isEffectivelyPublic(c) && !notApiPackage(c.getPackageName());
  }

  private static boolean isEffectivelyPublic(JavaClass c) {
    return c.getModifiers().contains(JavaModifier.PUBLIC)
        && c.getEnclosingClass().map(ArchitectureTest::isEffectivelyPublic).orElse(true);
  }

  private static boolean notApi(JavaClass c) {
    return c.getPackageName().startsWith("org.govsite.") && notApiPackage(c.getPackageName());
  }

  private static boolean notApiPackage(String p) {
    return INTERNAL.matcher(p).matches() || p.equals("org.govsite.core.support") || p.startsWith("org.govsite.core.support.");
  }

  private static String module(JavaClass c) {
    Matcher m = MODULE.matcher(c.getPackageName());
    return m.matches() ? m.group(1) : "";
  }

  private static String topLevel(JavaClass c) {
    String name = c.getName();
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }
}
