/** A GovSite user's own module: it sees only what core and interaction export. */
module consumer {
  requires org.govsite.core;
  requires org.govsite.interaction;
}
