package se.larcentra.catalog.boundary;

import se.larcentra.platform.boundary.NotFoundException;

/** No course has the id asked for. */
public class CourseNotFoundException extends NotFoundException {

    public CourseNotFoundException(long id) {
        super("course", id);
    }
}
