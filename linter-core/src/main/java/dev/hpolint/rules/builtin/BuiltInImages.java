package dev.hpolint.rules.builtin;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises the images of SageMaker's built-in algorithms by their ECR repository name. This is a
 * heuristic: the registries differ per region, but the repository names are stable. Framework
 * images (pytorch-training, tensorflow-training, ...) are not built-in algorithms: they run the
 * user's code, which defines its own metrics.
 */
public final class BuiltInImages {
  private static final Set<String> REPOSITORIES =
      Set.of(
          "xgboost",
          "sagemaker-xgboost",
          "linear-learner",
          "kmeans",
          "knn",
          "blazingtext",
          "image-classification",
          "object-detection",
          "semantic-segmentation",
          "factorization-machines",
          "pca",
          "lda",
          "ntm",
          "randomcutforest",
          "ipinsights",
          "object2vec",
          "seq2seq",
          "forecasting-deepar");

  private BuiltInImages() {}

  /**
   * The algorithm of a built-in image ("xgboost" for both XGBoost repositories), or null for any
   * other image.
   */
  public static String algorithm(String image) {
    String repository = repository(image);
    if (repository == null || !REPOSITORIES.contains(repository)) {
      return null;
    }
    return repository.equals("sagemaker-xgboost") ? "xgboost" : repository;
  }

  /** The repository name of registry/repository[:tag|@digest], lower case; null if none. */
  static String repository(String image) {
    if (image == null) {
      return null;
    }
    String rest = image.trim();
    int at = rest.indexOf('@');
    if (at >= 0) {
      rest = rest.substring(0, at);
    }
    int slash = rest.lastIndexOf('/');
    String last = slash >= 0 ? rest.substring(slash + 1) : rest;
    int colon = last.indexOf(':');
    if (colon >= 0) {
      last = last.substring(0, colon);
    }
    return last.isEmpty() ? null : last.toLowerCase(Locale.ROOT);
  }
}
